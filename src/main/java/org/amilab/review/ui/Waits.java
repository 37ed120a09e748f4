package org.amilab.review.ui;

import java.time.Duration;
import java.util.Locale;

/** A wait in the short words a review button has room for: "1 min", "5 h", "8 days", "2.5 months". */
final class Waits {

    private static final double DAYS_PER_MONTH = 30.4375;

    private Waits() {
    }

    static String label(Duration wait) {
        long minutes = Math.max(1, Math.round(wait.getSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = Math.round(wait.getSeconds() / 3600.0);
        if (wait.toHours() < 24) {
            return hours + " h";
        }
        long days = wait.toDays();
        if (days < 31) {
            return days == 1 ? "1 day" : days + " days";
        }
        if (days < 365) {
            return oneDecimal(days / DAYS_PER_MONTH) + " months";
        }
        return oneDecimal(days / 365.25) + " years";
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value).replace(".0", "");
    }
}
