// Command embedded-db runs FerretDB v1 with its SQLite backend as a small
// MongoDB-compatible server for the bot's default storage. With
// -postgresql-url it runs FerretDB's PostgreSQL backend instead (no files of
// its own; scripts/test-postgres.sh runs the test suite that way).
//
// It listens on 127.0.0.1 (a free port unless -listen says otherwise), keeps
// every file under -data-dir, prints one JSON line {"uri": "..."} on stdout
// when it is ready, and stops when it gets SIGINT/SIGTERM or when its stdin
// closes — so it never outlives the bot process that started it, even when
// that process is killed with SIGKILL.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	dataDir := flag.String("data-dir", "", "directory for the SQLite files (required)")
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on")
	synchronous := flag.String("synchronous", "normal", "SQLite synchronous pragma: full or normal")
	logLevel := flag.String("log-level", "warn", "log level: debug, info, warn, error")
	postgresqlURL := flag.String("postgresql-url", "", "use this PostgreSQL database instead of SQLite files (then -data-dir is not used)")
	flag.Parse()

	var err error
	if *postgresqlURL != "" {
		err = runPostgreSQL(*postgresqlURL, *listen, *logLevel)
	} else {
		err = run(*dataDir, *listen, *synchronous, *logLevel)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "embedded-db:", err)
		os.Exit(1)
	}
}

func run(dataDir, listen, synchronous, logLevel string) error {
	if dataDir == "" {
		return fmt.Errorf("-data-dir is required")
	}
	if synchronous != "normal" && synchronous != "full" {
		return fmt.Errorf("-synchronous must be normal or full")
	}
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return err
	}

	logger, err := newLogger(logLevel)
	if err != nil {
		return err
	}

	// WAL with synchronous=normal survives a crash of this process or of the
	// bot; only a power loss can drop the last transactions. "full" trades
	// write throughput for that last guarantee.
	sqliteURL := (&url.URL{
		Scheme:   "file",
		Opaque:   abs + "/",
		RawQuery: "_pragma=busy_timeout(10000)&_pragma=journal_mode(wal)&_pragma=synchronous(" + synchronous + ")",
	}).String()

	db, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: listen},
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
		Logger:    logger,
	})
	if err != nil {
		return err
	}
	return serve(db, func(ctx context.Context) { watchIDIndexes(ctx, abs, logger) })
}

// runPostgreSQL serves FerretDB's PostgreSQL backend on the given database.
func runPostgreSQL(postgresqlURL, listen, logLevel string) error {
	logger, err := newLogger(logLevel)
	if err != nil {
		return err
	}
	db, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: listen},
		Handler:       "postgresql",
		PostgreSQLURL: postgresqlURL,
		Logger:        logger,
	})
	if err != nil {
		return err
	}
	return serve(db, nil)
}

func newLogger(logLevel string) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(logLevel)); err != nil {
		return nil, fmt.Errorf("-log-level: %w", err)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})), nil
}

// serve runs db (and beside it, if given, a background task) until a signal
// or the end of stdin, after printing the URI line.
func serve(db *ferretdb.FerretDB, background func(ctx context.Context)) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The parent holds our stdin open; EOF means it is gone.
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		cancel()
	}()

	done := make(chan error, 1)
	go func() { done <- db.Run(ctx) }()
	if background != nil {
		go background(ctx)
	}

	// MongoDBURI waits until the listener has its address.
	line, err := json.Marshal(map[string]string{"uri": db.MongoDBURI()})
	if err != nil {
		return err
	}
	fmt.Println(string(line))

	return <-done
}
