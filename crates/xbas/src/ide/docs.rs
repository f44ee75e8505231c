//! One-line documentation of every built-in function, for the editor's hover and
//! completion (`xbas lsp`): its signature as the VBA reference writes it and what it
//! gives, after the VBA language reference pages (MicrosoftDocs/VBA-Docs,
//! Language/Reference/User-Interface-Help/*-function.md).

/// (name, signature, meaning) of each built-in, in any order.
pub const BUILTINS: &[(&str, &str, &str)] = &[
    ("Abs", "Abs(number)", "The absolute value of a number."),
    (
        "Sgn",
        "Sgn(number)",
        "The sign of a number: 1 if positive, 0 if zero, -1 if negative.",
    ),
    (
        "Int",
        "Int(number)",
        "The integer part of a number; negative numbers go down: Int(-8.4) = -9.",
    ),
    (
        "Fix",
        "Fix(number)",
        "The integer part of a number, toward zero: Fix(-8.4) = -8.",
    ),
    (
        "Sqr",
        "Sqr(number)",
        "The square root of a number (a Double); the number must be zero or more.",
    ),
    (
        "Exp",
        "Exp(number)",
        "e (the base of natural logarithms) raised to a power.",
    ),
    (
        "Log",
        "Log(number)",
        "The natural logarithm of a number greater than zero.",
    ),
    ("Sin", "Sin(number)", "The sine of an angle in radians."),
    ("Cos", "Cos(number)", "The cosine of an angle in radians."),
    ("Tan", "Tan(number)", "The tangent of an angle in radians."),
    (
        "Atn",
        "Atn(number)",
        "The arctangent of a number, in radians.",
    ),
    (
        "Round",
        "Round(expression, [numdecimalplaces])",
        "A number rounded to a given number of decimal places (half to even: Round(2.5) = 2).",
    ),
    (
        "Rnd",
        "Rnd[(number)]",
        "A pseudo-random Single, at least 0 and less than 1.",
    ),
    (
        "Randomize",
        "Randomize [number]",
        "Seeds the random-number generator used by Rnd.",
    ),
    (
        "CInt",
        "CInt(expression)",
        "An expression converted to an Integer (-32,768 to 32,767); .5 rounds to even.",
    ),
    (
        "CLng",
        "CLng(expression)",
        "An expression converted to a Long (-2,147,483,648 to 2,147,483,647); .5 rounds to even.",
    ),
    (
        "CSng",
        "CSng(expression)",
        "An expression converted to a Single.",
    ),
    (
        "CDbl",
        "CDbl(expression)",
        "An expression converted to a Double.",
    ),
    (
        "CCur",
        "CCur(expression)",
        "An expression converted to a Currency.",
    ),
    (
        "CStr",
        "CStr(expression)",
        "An expression converted to a String.",
    ),
    (
        "CBool",
        "CBool(expression)",
        "An expression converted to a Boolean.",
    ),
    (
        "CByte",
        "CByte(expression)",
        "An expression converted to a Byte (0 to 255).",
    ),
    (
        "CDate",
        "CDate(expression)",
        "An expression converted to a Date.",
    ),
    (
        "CVar",
        "CVar(expression)",
        "An expression converted to a Variant.",
    ),
    (
        "Val",
        "Val(string)",
        "The number at the start of a string: reading stops at the first non-numeric character.",
    ),
    (
        "Str",
        "Str(number)",
        "A number as a string; a leading space is reserved for the sign of a positive number.",
    ),
    (
        "Hex",
        "Hex(number)",
        "The hexadecimal value of a number, as a string.",
    ),
    (
        "Oct",
        "Oct(number)",
        "The octal value of a number, as a string.",
    ),
    (
        "IsNumeric",
        "IsNumeric(expression)",
        "Whether an expression can be evaluated as a number.",
    ),
    (
        "IsEmpty",
        "IsEmpty(expression)",
        "Whether a variable has been initialized: True if it is Empty.",
    ),
    (
        "IsNull",
        "IsNull(expression)",
        "Whether an expression contains no valid data (Null).",
    ),
    (
        "IsDate",
        "IsDate(expression)",
        "Whether an expression is a date or can be recognized as a valid date or time.",
    ),
    (
        "IsArray",
        "IsArray(varname)",
        "Whether a variable is an array.",
    ),
    (
        "TypeName",
        "TypeName(varname)",
        "A string naming the type of a variable, e.g. \"Integer\", \"String\", \"Empty\".",
    ),
    (
        "VarType",
        "VarType(varname)",
        "An Integer for the subtype of a variable, e.g. vbInteger (2), vbString (8).",
    ),
    (
        "Len",
        "Len(string | varname)",
        "The number of characters in a string.",
    ),
    (
        "Left",
        "Left(string, length)",
        "The given number of characters from the left side of a string.",
    ),
    (
        "Right",
        "Right(string, length)",
        "The given number of characters from the right side of a string.",
    ),
    (
        "Mid",
        "Mid(string, start, [length])",
        "Characters of a string from position start (1-based); all the rest if length is omitted.",
    ),
    (
        "Mid=",
        "Mid(stringvar, start, [length]) = string",
        "Mid statement: replaces characters in a string variable with those of another string.",
    ),
    (
        "InStr",
        "InStr([start], string1, string2, [compare])",
        "The position of the first occurrence of string2 in string1, or 0 if it does not occur.",
    ),
    (
        "InStrRev",
        "InStrRev(stringcheck, stringmatch, [start, [compare]])",
        "The position of one string in another, searching backward from the end; 0 if not found.",
    ),
    ("LCase", "LCase(string)", "A string converted to lowercase."),
    ("UCase", "UCase(string)", "A string converted to uppercase."),
    (
        "Trim",
        "Trim(string)",
        "A copy of a string without leading and trailing spaces.",
    ),
    (
        "LTrim",
        "LTrim(string)",
        "A copy of a string without leading spaces.",
    ),
    (
        "RTrim",
        "RTrim(string)",
        "A copy of a string without trailing spaces.",
    ),
    (
        "Space",
        "Space(number)",
        "A string of the given number of spaces.",
    ),
    (
        "String",
        "String(number, character)",
        "A string of one character repeated the given number of times.",
    ),
    ("Chr", "Chr(charcode)", "The character of a character code."),
    (
        "Asc",
        "Asc(string)",
        "The character code of the first character of a string.",
    ),
    (
        "Replace",
        "Replace(expression, find, replace, [start, [count, [compare]]])",
        "A string in which a substring is replaced by another; the result begins at start.",
    ),
    (
        "StrComp",
        "StrComp(string1, string2, [compare])",
        "-1, 0 or 1 as string1 sorts before, equal to or after string2.",
    ),
    (
        "StrReverse",
        "StrReverse(expression)",
        "A string with its characters in reverse order.",
    ),
    (
        "Split",
        "Split(expression, [delimiter, [limit, [compare]]])",
        "A zero-based array of the substrings of a string, split at delimiter (default: a space).",
    ),
    (
        "Join",
        "Join(sourcearray, [delimiter])",
        "A string joining the substrings of an array, separated by delimiter (default: a space).",
    ),
    (
        "Format",
        "Format(expression, [format], [firstdayofweek], [firstweekofyear])",
        "An expression formatted as a string by a named or user-defined format expression.",
    ),
    (
        "IIf",
        "IIf(expr, truepart, falsepart)",
        "One of two values, depending on a condition; both are always evaluated.",
    ),
    (
        "Choose",
        "Choose(index, choice-1, [choice-2, ..., [choice-n]])",
        "The choice at position index (1-based) of the list; Null if index is out of range.",
    ),
    (
        "Switch",
        "Switch(expr-1, value-1, [expr-2, value-2, ..., [expr-n, value-n]])",
        "The value of the first pair, left to right, whose expression is True; Null if none is.",
    ),
    ("Date", "Date", "The current system date."),
    ("Time", "Time", "The current system time."),
    ("Now", "Now", "The current date and time."),
    ("Timer", "Timer", "Seconds since midnight."),
    (
        "DateSerial",
        "DateSerial(year, month, day)",
        "The date of a given year, month and day.",
    ),
    (
        "TimeSerial",
        "TimeSerial(hour, minute, second)",
        "The time of a given hour, minute and second.",
    ),
    (
        "DateAdd",
        "DateAdd(interval, number, date)",
        "A date plus a number of time intervals (\"yyyy\", \"m\", \"d\", \"h\", ...).",
    ),
    (
        "DateDiff",
        "DateDiff(interval, date1, date2, [firstdayofweek, [firstweekofyear]])",
        "The number of time intervals between two dates.",
    ),
    (
        "DatePart",
        "DatePart(interval, date, [firstdayofweek, [firstweekofyear]])",
        "The given part of a date, e.g. its quarter (\"q\") or week of the year (\"ww\").",
    ),
    ("Year", "Year(date)", "The year of a date."),
    ("Month", "Month(date)", "The month of a date, 1 to 12."),
    (
        "Day",
        "Day(date)",
        "The day of the month of a date, 1 to 31.",
    ),
    ("Hour", "Hour(time)", "The hour of a time, 0 to 23."),
    ("Minute", "Minute(time)", "The minute of a time, 0 to 59."),
    ("Second", "Second(time)", "The second of a time, 0 to 59."),
    (
        "Weekday",
        "Weekday(date, [firstdayofweek])",
        "The day of the week of a date, 1 (Sunday) … 7 (Saturday).",
    ),
    (
        "WeekdayName",
        "WeekdayName(weekday, [abbreviate], [firstdayofweek])",
        "The name of a day of the week, optionally abbreviated.",
    ),
    (
        "MonthName",
        "MonthName(month, [abbreviate])",
        "The name of a month, optionally abbreviated.",
    ),
    (
        "LBound",
        "LBound(arrayname, [dimension])",
        "The smallest available subscript of a dimension (default: the first) of an array.",
    ),
    (
        "UBound",
        "UBound(arrayname, [dimension])",
        "The largest available subscript of a dimension (default: the first) of an array.",
    ),
    (
        "Array",
        "Array(arglist)",
        "A Variant containing an array of the given values.",
    ),
    (
        "MsgBox",
        "MsgBox(prompt, [buttons], [title], [helpfile, context])",
        "Shows a message (xbas: writes it to the output); returns the default button, e.g. vbOK.",
    ),
];

/// The documentation of a built-in (`name` in any case): its signature and meaning.
pub fn builtin(name: &str) -> Option<(&'static str, &'static str)> {
    BUILTINS
        .iter()
        .find(|(n, _, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, s, m)| (*s, *m))
}

#[cfg(test)]
mod tests {
    /// Every built-in of the signature table has its documentation.
    #[test]
    fn every_builtin_is_documented() {
        for s in crate::signatures::SIGNATURES {
            assert!(
                super::builtin(s.name).is_some(),
                "{} has no documentation",
                s.name
            );
        }
    }
}
