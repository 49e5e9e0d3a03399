-- The runner's own conventions, so that every .out file reads the same way:
-- values joined by '|', NULL as NULL, REAL as SQLite prints it, a BLOB as x'hex',
-- a failing statement as `error: <message>`, after which the script goes on.
SELECT 1, 1.5, 2.0, 1e100, -0.25, NULL, 'text', x'00FF', '';
SELECT 1 UNION ALL SELECT 2;
SELECT no_such_function();
SELECT 'after an error';
SELECT 'two'; SELECT 'statements on one line';
CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);
SELECT x FROM t WHERE x > 5;
SELECT count(*) FROM t; -- a trailing comment
SELECT 'a;b' AS "semi;colon";
SELECT readfile('fixtures/no-such-file.txt'), length(readfile('fixtures/broadcast/traps.txt')) > 0;
