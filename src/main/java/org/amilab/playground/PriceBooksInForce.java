package org.amilab.playground;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.amilab.simulator.PriceBook;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Since when a price book is in force: the first time the playground charged with it, kept in the
 * database so that a restart, or another node, places an edit of the book at the same instant.
 * Written once per book in a transaction of its own, so that a read of a playground, which writes
 * nothing of the playground, can still be the first to meet a new book.
 */
@Component
class PriceBooksInForce {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    /** Asked on every load: the fingerprint is only taken, and the table only read, for a book not met yet. */
    private final Map<PriceBook, Instant> known = new ConcurrentHashMap<>();

    PriceBooksInForce(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Instant since(PriceBook book) {
        return known.computeIfAbsent(book,
                met -> ownTransaction.execute(status -> firstSeen(ResourcesJson.fingerprint(met))));
    }

    private Instant firstSeen(String hash) {
        List<Instant> seen = recorded(hash);
        if (!seen.isEmpty()) {
            return seen.get(0);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            jdbc.update("insert into price_book_in_force (book_hash, since) values (?, ?)", hash, now.atOffset(ZoneOffset.UTC));
            return now;
        } catch (DuplicateKeyException anotherNodeFirst) {
            return recorded(hash).get(0);
        }
    }

    private List<Instant> recorded(String hash) {
        return jdbc.query("select since from price_book_in_force where book_hash = ?",
                (row, n) -> row.getObject(1, OffsetDateTime.class).toInstant(), hash);
    }
}
