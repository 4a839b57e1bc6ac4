mod digits;
