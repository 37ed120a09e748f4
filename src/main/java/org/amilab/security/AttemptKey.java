package org.amilab.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

@Embeddable
record AttemptKey(
        @Enumerated(EnumType.STRING) @Column(name = "throttle", nullable = false, length = 32) Throttle throttle,
        @Column(name = "subject", nullable = false, length = 160) String subject) implements Serializable {

    static final int SUBJECT_MAX = 160;

    /** Usernames typed into a form can be anything: long ones are cut, which only makes them share a counter. */
    static AttemptKey of(Throttle throttle, String subject) {
        return new AttemptKey(throttle, subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject);
    }
}
