package org.amilab.simulator;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quartz.CronExpression;

/**
 * When an Image Builder pipeline runs by itself: a cron expression as Image Builder writes it,
 * {@code cron(minutes hours day-of-month month day-of-week year)} in UTC, read in the playground's
 * simulated time. {@code onlyIfChanged} is Image Builder's default start condition
 * (EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE): a scheduled run is skipped when the parent
 * image and every component are the ones the last image was built from.
 */
public record PipelineSchedule(String expression, boolean onlyIfChanged) {

    private static final Pattern WRAPPED = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern SINGLE_MINUTE = Pattern.compile("[1-5]?[0-9]");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    public PipelineSchedule {
        Require.that(check(expression).isEmpty(), "not a schedule: " + expression);
    }

    /** The schedule as typed, or why it is not one: the text names the field that is wrong. */
    public static Optional<String> check(String typed) {
        Matcher wrapped = WRAPPED.matcher(typed == null ? "" : typed.strip());
        if (!wrapped.matches()) {
            return Optional.of("write it as cron(minutes hours day-of-month month day-of-week year), for example "
                    + "cron(0 9 * * ? *) for every day at 09:00 UTC");
        }
        String[] fields = wrapped.group(1).strip().split("\\s+");
        if (fields.length != 6) {
            return Optional.of("it has " + fields.length + " fields; a cron expression has 6: minutes, hours, "
                    + "day-of-month, month, day-of-week and year");
        }
        if (!SINGLE_MINUTE.matcher(fields[0]).matches()) {
            return Optional.of("the minutes field '" + fields[0] + "' must be one minute from 0 to 59: a pipeline runs at "
                    + "most once an hour");
        }
        try {
            new CronExpression(quartz(fields));
            return Optional.empty();
        } catch (ParseException | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? "it cannot be read" : e.getMessage());
        }
    }

    /** The first time after {@code t} the schedule matches, if it ever does again. */
    public Optional<Instant> nextAfter(Instant t) {
        try {
            CronExpression cron = new CronExpression(quartz(fieldsOf(expression)));
            cron.setTimeZone(UTC);
            return Optional.ofNullable(cron.getNextValidTimeAfter(Date.from(t))).map(Date::toInstant);
        } catch (ParseException e) {
            throw new IllegalStateException("a checked schedule stopped parsing: " + expression, e);
        }
    }

    private static String[] fieldsOf(String expression) {
        Matcher wrapped = WRAPPED.matcher(expression.strip());
        Require.that(wrapped.matches(), "not a cron expression: " + expression);
        return wrapped.group(1).strip().split("\\s+");
    }

    /** Quartz reads the same fields with seconds in front. */
    private static String quartz(String[] fields) {
        return "0 " + String.join(" ", fields);
    }
}
