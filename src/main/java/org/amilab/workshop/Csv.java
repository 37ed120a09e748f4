package org.amilab.workshop;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CSV file that opens correctly in a spreadsheet: UTF-8 with a byte order mark (so accents and
 * other scripts show as typed), every cell quoted, lines ending in CRLF, and a cell that a
 * spreadsheet would run as a formula (it starts with = + - @ or a tab or carriage return) kept as
 * text with a leading apostrophe, since names are typed by learners.
 */
final class Csv {

    private static final String BOM = "\uFEFF";
    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

    private Csv() {
    }

    static byte[] of(List<String> header, List<List<String>> rows) {
        var text = new StringBuilder(BOM).append(line(header));
        rows.forEach(row -> text.append(line(row)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.contains(value.charAt(0)) ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
