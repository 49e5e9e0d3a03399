-- The optional types filter: a comma-separated list, case and spaces ignored.
SELECT entities_in('Senator Ruth Hale of Ohio met NATO and French officials.');
SELECT entities_in('Senator Ruth Hale of Ohio met NATO and French officials.', 'PERSON,PLACE');
SELECT entities_in('Senator Ruth Hale of Ohio met NATO and French officials.', ' norp , org ');
SELECT entities_in('Senator Ruth Hale of Ohio met NATO and French officials.', 'ORG,ORG,');
-- NULL: no filter.
SELECT entities_in('Senator Ruth Hale of Ohio met NATO and French officials.', NULL);
-- Unknown types and an empty filter are errors that name the function.
SELECT entities_in('Senator Ruth Hale of Ohio.', 'PERSON,FOO');
SELECT entities_in('Senator Ruth Hale of Ohio.', 'GPE');
SELECT entities_in('Senator Ruth Hale of Ohio.', '');
SELECT entities_in('Senator Ruth Hale of Ohio.', ' , ');
