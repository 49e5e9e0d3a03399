-- The line forms of the chat layout, and lines that are not chat labels.
SELECT speaker_of('[2018-03-12 11:48:07] <sgp_> hi');
SELECT speaker_of('[2018-03-12 11:48:07] <sgp_[m]> suraeNoether: hi');
SELECT speaker_of('[11:48] <@op> hello');
SELECT speaker_of('11:48:07 < gull> padded by irssi');
SELECT speaker_of('[2018-03-12 11:48:07] kestrel: colon form');
SELECT speaker_of('12/03/2018, 11:48 - Ana Lima: phone export');
-- Not speakers: events, markup, a label without a time stamp.
SELECT speaker_of('[2018-03-12 11:03:49] → Osiris1 joined (~Car@unaffiliated/osiris1)');
SELECT speaker_of('[2018-03-12 12:10:32] * wraithm_ → wraithm');
SELECT speaker_of('<b> bold</b>');
SELECT speaker_of('00:00:01.500 --> 00:00:04.000');
-- Times: seconds since midnight of the first day, a later day adds 86400; end_time is the
-- last message's time.
SELECT turn, kind, speaker, line, start_time, end_time, text
  FROM transcript_turns('[2018-03-12 23:59:50] <ana> one' || char(10) || '[2018-03-12 23:59:58] <ana> two' || char(10) ||
                        '[2018-03-13 00:00:03] * bo waves' || char(10) || '[2018-03-13 00:00:09] <bo> three', 'chat');
SELECT transcript_format('[2018-03-12 23:59:50] <ana> one' || char(10) || '[2018-03-12 23:59:58] <bo> two' || char(10) || '[2018-03-13 00:00:09] <ana> three');
