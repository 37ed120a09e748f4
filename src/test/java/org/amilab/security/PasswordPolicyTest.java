package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problemWith("ana", "copper kettle on a quiet hill")).isEmpty();
    }

    @Test
    void refusesFewerThanEightCharacters() {
        assertThat(policy.problemWith("ana", "k3ttle!")).hasValueSatisfying(m -> assertThat(m).contains("at least 8"));
        assertThat(policy.problemWith("ana", "k3ttle!x")).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // seven emoji are fourteen UTF-16 units but only seven characters
        assertThat(policy.problemWith("ana", "🔑".repeat(7))).hasValueSatisfying(m -> assertThat(m).contains("at least 8"));
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(policy.problemWith("ana", "q".repeat(127) + "z")).isEmpty();
        assertThat(policy.problemWith("ana", "q".repeat(128) + "z")).hasValueSatisfying(m -> assertThat(m).contains("at most 128"));
    }

    @Test
    void refusesThePasswordEqualToTheUsernameWhateverTheCase() {
        assertThat(policy.problemWith("Marguerite9", "marguerite9")).hasValueSatisfying(m -> assertThat(m).contains("username"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheCase() {
        assertThat(policy.problemWith("ana", "Password1")).hasValueSatisfying(m -> assertThat(m).contains("commonly used"));
        assertThat(policy.problemWith("ana", "QWERTYUIOP")).hasValueSatisfying(m -> assertThat(m).contains("commonly used"));
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(policy.problemWith("ana", "lowercase words only here")).isEmpty();
    }

    @Test
    void shipsASubstantialDenyList() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(1000);
    }
}
