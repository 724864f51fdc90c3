package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the SQLite driver FerretDB itself uses
)

// FerretDB v1.24.2's SQLite backend looks documents up by _id with the
// expression `_ferretdb_sjson->'$._id'`, but indexes `_ferretdb_sjson->"_id"`.
// SQLite matches index expressions by their text, so every lookup, update and
// delete by _id scans the whole table. watchIDIndexes adds, to each
// collection's table, an index on the exact expression the queries use.
// FerretDB keeps its own list of indexes in its metadata table, so it never
// sees this one, and DROP TABLE removes it with the collection.
func watchIDIndexes(ctx context.Context, dataDir string, logger *slog.Logger) {
	dbs := map[string]*sql.DB{}
	defer func() {
		for _, db := range dbs {
			_ = db.Close()
		}
	}()

	ticker := time.NewTicker(250 * time.Millisecond)
	defer ticker.Stop()

	for {
		files, _ := filepath.Glob(filepath.Join(dataDir, "*.sqlite"))
		for _, file := range files {
			db, ok := dbs[file]
			if !ok {
				var err error
				if db, err = sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)"); err != nil {
					continue
				}
				db.SetMaxOpenConns(1)
				dbs[file] = db
			}
			if err := addIDIndexes(ctx, db); err != nil {
				if _, statErr := os.Stat(file); statErr != nil { // database dropped
					_ = db.Close()
					delete(dbs, file)
					continue
				}
				logger.Debug("id index check failed", "file", filepath.Base(file), "error", err)
			}
		}

		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

func addIDIndexes(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT t.table_name FROM _ferretdb_collections t
		WHERE NOT EXISTS (SELECT 1 FROM sqlite_master i WHERE i.type = 'index' AND i.name = t.table_name || '_id_path')`)
	if err != nil {
		return err
	}
	var tables []string
	for rows.Next() {
		var table string
		if err := rows.Scan(&table); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, table)
	}
	rows.Close()

	for _, table := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, table+"_id_path", table)
		if _, err := db.ExecContext(ctx, q); err != nil && !strings.Contains(err.Error(), "no such table") {
			return err
		}
	}
	return nil
}
