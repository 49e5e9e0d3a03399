-- Loading the module adds exactly our names: the runner saved what SQLite itself provides
-- (plus the runner's readfile) in temp.builtin_functions / temp.builtin_modules before loading.
SELECT DISTINCT name FROM pragma_function_list
 WHERE name NOT IN (SELECT name FROM temp.builtin_functions) ORDER BY name;
SELECT name FROM pragma_module_list
 WHERE name NOT IN (SELECT name FROM temp.builtin_modules) ORDER BY name;
-- Arities; every function is deterministic (0x800) and innocuous (0x200000), and not builtin.
SELECT name, narg, type, enc, (flags & 0x800) != 0, (flags & 0x200000) != 0, builtin
  FROM pragma_function_list
 WHERE name IN ('entities_in', 'speaker_of', 'transcript_format', 'transcript_version') ORDER BY name, narg;
-- Wrong arities are SQLite's own errors.
SELECT speaker_of();
SELECT speaker_of('a', 1, 2);
SELECT transcript_format();
SELECT transcript_format('a', 'b');
SELECT transcript_version(1);
SELECT entities_in();
SELECT entities_in('a', 'PERSON', 1);
