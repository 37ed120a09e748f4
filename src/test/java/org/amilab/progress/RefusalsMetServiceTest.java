package org.amilab.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.amilab.AmiLabSpringTest;
import org.amilab.content.RefusalsMet.RefusalMet;
import org.amilab.playground.PlaygroundService;
import org.amilab.security.AccountService;
import org.amilab.simulator.PlaygroundCommand;
import org.awaitility.Awaitility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@AmiLabSpringTest
class RefusalsMetServiceTest {

    private static final String PASSWORD = "juniper lantern morning";
    private static final String NOWHERE = "i-0123456789abcdef0";
    private static final String LISTENER = "%RefusalsMetService%";

    @Autowired
    PlaygroundService playground;
    @Autowired
    RefusalsMetService refusalsMet;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @PersistenceContext
    EntityManager entityManager;
    @Autowired
    RefusalsMetStore store;
    @Autowired
    org.amilab.base.UserIds userIds;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithMockUser(username = "rm-ana", roles = "LEARNER")
    void eachCodeIsNotedOnceWithItsFirstMeetingAfterTheActionCommitted() {
        accounts.signUp("rm-ana", "Ana", PASSWORD);
        playground.execute(PlaygroundCommand.StopInstances.of(NOWHERE));
        RefusalMet first = awaitCodes(1).get(0);

        playground.execute(PlaygroundCommand.StopInstances.of(NOWHERE));
        playground.execute(PlaygroundCommand.StartInstances.of("i-nope"));
        playground.execute(new PlaygroundCommand.PauseClock());

        assertThat(awaitCodes(2)).extracting(RefusalMet::code)
                .containsExactly("InvalidInstanceID.NotFound", "InvalidInstanceID.Malformed");
        assertThat(refusalsMet.refusalsMet().get(0)).as("the first meeting stays the first").isEqualTo(first);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like ?", Integer.class, LISTENER))
                .as("a publication is deleted once its listener is done").isZero());
    }

    /**
     * What makes the listener miss nothing across a restart: its publication is written in the
     * action's own transaction, so it exists exactly when the action does, and stays until the
     * listener has run (the registry resubmits what is left at start-up).
     */
    @Test
    @WithMockUser(username = "rm-ben", roles = "LEARNER")
    void theListenersPublicationIsWrittenInTheActionsTransactionAndGoesWithIt() {
        accounts.signUp("rm-ben", "Ben", PASSWORD);
        playground.view();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        Integer inside = tx.execute(status -> {
            playground.execute(PlaygroundCommand.StopInstances.of(NOWHERE));
            entityManager.flush();
            int pending = jdbc.queryForObject("select count(*) from event_publication where listener_id like ?"
                    + " and serialized_event like '%rm-ben%'", Integer.class, LISTENER);
            status.setRollbackOnly();
            return pending;
        });

        assertThat(inside).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like '%rm-ben%'",
                Integer.class)).as("rolled back with the action").isZero();
        assertThat(playground.events()).as("the action is gone too").isEmpty();
    }

    @Test
    void theEarliestMeetingIsKeptWhateverOrderActionsAreHeardIn() {
        accounts.signUp("rm-cy", "Cy", PASSWORD);
        long cy = userIds.idOf("rm-cy").orElseThrow();
        java.time.Instant early = java.time.Instant.parse("2026-12-01T10:00:00Z");

        store.noteOnce(cy, "VolumeInUse", early.plusSeconds(60));
        store.noteOnce(cy, "VolumeInUse", early);
        store.noteOnce(cy, "VolumeInUse", early.plusSeconds(30));

        assertThat(jdbc.queryForObject("select first_met_at from refusal_met where user_id = ? and error_code = ?",
                java.time.OffsetDateTime.class, cy, "VolumeInUse").toInstant()).isEqualTo(early);
    }

    private java.util.List<RefusalMet> awaitCodes(int count) {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> refusalsMet.refusalsMet().size() >= count);
        return refusalsMet.refusalsMet();
    }
}
