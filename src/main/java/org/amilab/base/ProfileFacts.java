package org.amilab.base;

import java.util.List;

/**
 * Lets a feature show what it knows about the signed-in user on their profile without the
 * accounts feature depending on it: the profile page asks every implementation.
 */
public interface ProfileFacts {

    List<ProfileFact> ofSignedInUser();
}
