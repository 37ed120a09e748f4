package org.amilab.playground.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A field for a whole number that keeps exactly what was typed. Vaadin's number fields drop the
 * characters they do not expect, so "1e20" silently became 120, and report a number too long for
 * an int as empty; this field lets the server see the text and say what is wrong with it.
 */
final class WholeNumberField extends TextField {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");
    private static final int LONGEST_ECHO = 24;
    /** Far beyond any number the playground takes: the browser stops the typing there. */
    private static final int LONGEST_TEXT = 64;

    /** The smallest and largest number the field takes, and the unit it is counted in ("" for none). */
    record Range(long min, long max, String unit) {

        String describe() {
            return "Enter a whole number" + (unit.isEmpty() ? "" : " of " + unit) + String.format(" from %,d to %,d.", min, max);
        }
    }

    WholeNumberField(String label) {
        super(label);
        getElement().setAttribute("inputmode", "numeric");
        setMaxLength(LONGEST_TEXT);
    }

    void setNumber(int number) {
        setValue(Integer.toString(number));
    }

    /** The number typed, if the text is a whole number that fits an int. */
    OptionalInt number() {
        String text = getValue().strip();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException tooManyDigits) {
            return OptionalInt.empty();
        }
    }

    /**
     * Why the text cannot be read as a number, naming the range the field takes; empty when it can.
     * A number inside int's range is left for the launch rules to judge, so EC2's own answer is shown.
     */
    Optional<String> unreadable(Range range) {
        String text = getValue().strip();
        if (text.isEmpty()) {
            return Optional.of(range.describe());
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            return Optional.of("\u201c" + echo(text) + "\u201d is not a whole number. " + range.describe());
        }
        if (number().isPresent()) {
            return Optional.empty();
        }
        // the sign is all that is needed: parsing a crafted million-digit text would take seconds
        boolean negative = text.charAt(0) == '-';
        return Optional.of(echo(text) + (negative ? " is too small. " : " is too large. ") + range.describe());
    }

    private static String echo(String text) {
        return text.length() <= LONGEST_ECHO ? text : text.substring(0, LONGEST_ECHO) + "\u2026";
    }
}
