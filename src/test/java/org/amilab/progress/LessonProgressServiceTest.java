package org.amilab.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amilab.AmiLabSpringTest;
import org.amilab.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@AmiLabSpringTest
class LessonProgressServiceTest {

    @Autowired
    LessonProgressService progress;
    @Autowired
    AccountService accounts;

    @Test
    @WithMockUser(username = "prog-ada")
    void markingDoneIsKeptAndCanBeUndone() {
        accounts.signUp("prog-ada", "Ada", "lantern over the harbour");
        progress.setDone("why-amis", true);
        progress.setDone("why-amis", true);
        progress.setDone("instance-lifecycle", true);
        assertThat(progress.doneLessonIds()).containsExactlyInAnyOrder("why-amis", "instance-lifecycle");
        progress.setDone("why-amis", false);
        assertThat(progress.doneLessonIds()).containsExactly("instance-lifecycle");
    }

    @Test
    @WithMockUser(username = "prog-bo")
    void aLessonThatDoesNotExistIsRefused() {
        accounts.signUp("prog-bo", "Bo", "lantern over the harbour");
        assertThatThrownBy(() -> progress.setDone("no-such-lesson", true)).hasMessageContaining("no lesson");
        assertThat(progress.doneLessonIds()).isEmpty();
    }

    @Test
    void visitorsHaveNoProgressAndCannotMarkLessons() {
        assertThat(progress.canTrack()).isFalse();
        assertThat(progress.doneLessonIds()).isEmpty();
        assertThatThrownBy(() -> progress.setDone("why-amis", true))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "prog-cy")
    void eachLearnerSeesOnlyTheirOwnProgress() {
        accounts.signUp("prog-cy", "Cy", "lantern over the harbour");
        progress.setDone("ami-sources", true);
        assertThat(progress.doneLessonIds()).containsExactly("ami-sources");
    }
}
