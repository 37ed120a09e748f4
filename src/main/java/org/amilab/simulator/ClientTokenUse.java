package org.amilab.simulator;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A client token the playground has seen: the command it came with and what that command answered,
 * so that the same command with the same token gets the same answer again and changes nothing.
 * Only accepted commands are remembered, as in EC2: a refused request may be sent again with its
 * token and is checked again.
 */
public record ClientTokenUse(String token, PlaygroundCommand<?> command, Object answer, Instant realAt) {

    /** EC2's limit for a client token. */
    public static final int MAX_LENGTH = 64;

    public ClientTokenUse {
        Require.text(token, "token");
        Require.present(command, "command");
        Require.present(answer, "answer");
        Require.present(realAt, "realAt");
    }

    public static boolean wellFormed(@Nullable String token) {
        return token != null && !token.isEmpty() && token.length() <= MAX_LENGTH
                && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
