// Text from outside (a school's name in the register, a heading in a return) as it may be shown:
// a control character is not text a reader can see, and in some outputs it does harm (XML and
// so SVG refuses it; a terminal obeys an escape sequence; a markdown row ends at a line break).
// Each is shown as U+FFFD, the replacement character, so the reader sees that something was there.

// C0 controls but tab, line feed and carriage return; DEL; the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BREAK = /\r\n?|\n/g;

/** The text with every control character but tab and line breaks replaced by U+FFFD. */
export const printable = (text: string): string => text.replace(CONTROL, '\uFFFD');

/** On one line: line breaks (and tabs) as spaces too, for a table cell or a title. */
export const printableLine = (text: string): string => printable(text).replace(BREAK, ' ').replace(/\t/g, ' ');
