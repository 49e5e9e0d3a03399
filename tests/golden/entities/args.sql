-- NULL in, NULL out; a BLOB is read as UTF-8; invalid UTF-8 is an error naming the function.
SELECT entities_in(NULL) IS NULL, entities_in(NULL, 'PERSON') IS NULL;
SELECT entities_in(CAST('Meet me in Lisbon.' AS BLOB));
SELECT entities_in(x'4d656574206d6520696e204c6973626f6e2e');
SELECT entities_in(x'4c6973626f6e20ff');
SELECT entities_in(42);
-- transcript_entities: NULL gives no rows; errors name the function.
SELECT count(*) FROM transcript_entities(NULL);
SELECT * FROM transcript_entities(x'4c6973626f6e3a20ff');
SELECT * FROM transcript_entities('X: hi', 'nosuchformat');
SELECT * FROM transcript_entities;
-- Deterministic and innocuous: usable in generated columns and indexes on expressions.
CREATE TABLE notes(body TEXT, ents TEXT GENERATED ALWAYS AS (entities_in(body)) VIRTUAL);
INSERT INTO notes(body) VALUES ('Flights from Nairobi to Lagos resumed.');
SELECT ents FROM notes;
CREATE INDEX notes_people ON notes(json_array_length(entities_in(body, 'PERSON')));
SELECT count(*) FROM notes WHERE json_array_length(entities_in(body, 'PERSON')) = 0;
