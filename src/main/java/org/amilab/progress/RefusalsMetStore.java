package org.amilab.progress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.amilab.content.RefusalsMet.RefusalMet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The refusal_met table. Plain SQL: a row is written once and never changed, and "insert unless
 * there" is one statement, where an entity would need a read first.
 */
@Component
class RefusalsMetStore {

    private final JdbcTemplate jdbc;

    RefusalsMetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first meeting stays the first: a later or repeated one changes nothing. */
    void noteOnce(long userId, String code, Instant at) {
        try {
            jdbc.update("insert into refusal_met (user_id, error_code, first_met_at) select ?, ?, ? from dual"
                    + " where not exists (select 1 from refusal_met where user_id = ? and error_code = ?)",
                    userId, code, at.atOffset(ZoneOffset.UTC), userId, code);
        } catch (DuplicateKeyException metAtTheSameMomentInAnotherAction) {
            // the other action's row is the first meeting; nothing is left to note
        }
    }

    List<RefusalMet> metBy(long userId) {
        return jdbc.query("select error_code, first_met_at from refusal_met where user_id = ? order by first_met_at,"
                + " error_code", (row, n) -> new RefusalMet(row.getString(1),
                row.getObject(2, OffsetDateTime.class).toInstant()), userId);
    }
}
