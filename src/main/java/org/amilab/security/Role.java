package org.amilab.security;

import java.util.List;

/** What a person may do in AMI Lab. Higher roles include the rights of the lower ones. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    ADMIN;

    /** Spring Security role names held by someone with this role. */
    List<String> grantedRoles() {
        return switch (this) {
            case LEARNER -> List.of("LEARNER");
            case INSTRUCTOR -> List.of("LEARNER", "INSTRUCTOR");
            case ADMIN -> List.of("LEARNER", "INSTRUCTOR", "ADMIN");
        };
    }
}
