package org.amilab.content;

import java.time.Instant;
import java.util.List;

/**
 * The EC2 refusals the signed-in learner has met in their playground. The progress feature
 * implements it from committed playground events; the course outline lists them, each with the
 * lessons that teach its rule.
 */
public interface RefusalsMet {

    /** Oldest first; empty for a visitor or a learner who has met none yet. */
    List<RefusalMet> refusalsMet();

    record RefusalMet(String code, Instant firstMetAt) {
    }
}
