package org.amilab.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command line cut into words the way a POSIX shell cuts it, as far as the simulated shell
 * needs: single quotes keep everything, double quotes keep spaces and let a backslash escape a quote,
 * and the operators {@code &&}, {@code ;}, {@code |}, {@code >} and {@code >>} stand on their own.
 */
final class ShellWords {

    /** One word, or an operator if it was not quoted. */
    record Word(String text, boolean operator) {
        boolean is(String op) {
            return operator && text.equals(op);
        }
    }

    /** The words of a line, or what the shell says about a line it cannot cut (an unclosed quote). */
    record Split(List<Word> words, Optional<String> problem) {
    }

    private ShellWords() {
    }

    /** Cut as bash does: a backslash escapes the next character. */
    static Split split(String line) {
        return split(line, true);
    }

    /** Cut as PowerShell does: a backslash is a path separator, not an escape. */
    static Split splitPowerShell(String line) {
        return split(line, false);
    }

    private static Split split(String line, boolean backslashEscapes) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int close = closing(line, i, c, backslashEscapes);
                if (close < 0) {
                    return new Split(List.of(), Optional.of("unexpected EOF while looking for matching `" + c + "'"));
                }
                String inside = line.substring(i + 1, close);
                word.append(backslashEscapes ? unquoted(inside, c) : inside);
                inWord = true;
                i = close;
            } else if (backslashEscapes && c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                inWord = flush(words, word, inWord);
            } else if (operatorAt(line, i).isPresent()) {
                inWord = flush(words, word, inWord);
                String op = operatorAt(line, i).get();
                words.add(new Word(op, true));
                i += op.length() - 1;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        flush(words, word, inWord);
        return new Split(List.copyOf(words), Optional.empty());
    }

    private static Optional<String> operatorAt(String line, int i) {
        for (String op : List.of("&&", ">>", ";", "|", ">")) {
            if (line.startsWith(op, i)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    private static int closing(String line, int open, char quote, boolean backslashEscapes) {
        for (int i = open + 1; i < line.length(); i++) {
            if (backslashEscapes && quote == '"' && line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unquoted(String inside, char quote) {
        return quote == '\'' ? inside : inside.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static boolean flush(List<Word> words, StringBuilder word, boolean inWord) {
        if (inWord) {
            words.add(new Word(word.toString(), false));
            word.setLength(0);
        }
        return false;
    }

    /** Cuts at {@code op}: {@code a && b} into {@code [a], [b]}. */
    static List<List<Word>> cut(List<Word> words, String op) {
        List<List<Word>> parts = new ArrayList<>();
        List<Word> part = new ArrayList<>();
        for (Word word : words) {
            if (word.is(op)) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(word);
            }
        }
        parts.add(part);
        return parts;
    }
}
