package main

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// A table laid out as FerretDB's SQLite backend lays it out gets the index,
// and SQLite then uses it for the lookups FerretDB makes.
func TestAddIDIndexes(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "test.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	for _, q := range []string{
		`CREATE TABLE _ferretdb_collections (name TEXT NOT NULL UNIQUE, table_name TEXT NOT NULL UNIQUE, settings TEXT NOT NULL) STRICT`,
		`CREATE TABLE "reports_1234" (_ferretdb_sjson TEXT NOT NULL) STRICT`,
		`CREATE UNIQUE INDEX "reports_1234__id_" ON "reports_1234" (_ferretdb_sjson->"_id")`,
		`INSERT INTO _ferretdb_collections VALUES ('reports', 'reports_1234', '{}')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}

	plan := func() string {
		var id, parent, notused int
		var detail string
		row := db.QueryRowContext(ctx, `EXPLAIN QUERY PLAN SELECT _ferretdb_sjson FROM "reports_1234" WHERE _ferretdb_sjson->'$._id' = ?`, `"a"`)
		if err := row.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		return detail
	}

	if got := plan(); !strings.HasPrefix(got, "SCAN") {
		t.Fatalf("expected a full scan before the fix, got %q", got)
	}
	for i := 0; i < 2; i++ { // idempotent
		if err := addIDIndexes(ctx, db); err != nil {
			t.Fatal(err)
		}
	}
	if got := plan(); !strings.Contains(got, "USING INDEX reports_1234_id_path") {
		t.Fatalf("expected the lookup to use the new index, got %q", got)
	}
}
