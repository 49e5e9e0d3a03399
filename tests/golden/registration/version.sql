-- transcript_version() is the version of the loaded module (semantic versioning).
SELECT transcript_version();
SELECT transcript_version() GLOB '[0-9]*.[0-9]*.[0-9]*';
SELECT typeof(transcript_version());
