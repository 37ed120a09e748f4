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
 * The refusal_met table. Plain SQL: "insert, or keep the earlier time" is one MERGE statement,
 * where an entity would need a read first.
 */
@Component
class RefusalsMetStore {

    private final JdbcTemplate jdbc;

    RefusalsMetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The earliest meeting is kept, whatever order actions are heard in (listeners run on a pool,
     * and the registry hands unfinished ones over again after a restart).
     */
    void noteOnce(long userId, String code, Instant at) {
        try {
            jdbc.update("merge into refusal_met m using (values (cast(? as bigint), cast(? as varchar(64)),"
                    + " cast(? as timestamp with time zone))) n (user_id, error_code, first_met_at)"
                    + " on m.user_id = n.user_id and m.error_code = n.error_code"
                    + " when matched and n.first_met_at < m.first_met_at then update set first_met_at = n.first_met_at"
                    + " when not matched then insert (user_id, error_code, first_met_at)"
                    + " values (n.user_id, n.error_code, n.first_met_at)", userId, code, at.atOffset(ZoneOffset.UTC));
        } catch (DuplicateKeyException metAtTheSameMomentInAnotherAction) {
            // the other action's row came first: merged again, now against it, the earlier time stays
            noteOnce(userId, code, at);
        }
    }

    List<RefusalMet> metBy(long userId) {
        return jdbc.query("select error_code, first_met_at from refusal_met where user_id = ? order by first_met_at,"
                + " error_code", (row, n) -> new RefusalMet(row.getString(1),
                row.getObject(2, OffsetDateTime.class).toInstant()), userId);
    }
}
