package org.amilab.content;

import java.util.List;
import org.amilab.simulator.Ec2Error;

/** The course's explanation of every EC2 refusal the playground gives, from {@code content/refusals.yml}. */
public interface RefusalExplanations {

    Explanation explain(Ec2Error error);

    /** The sections that teach the rules behind an EC2 code, one per lesson, in the order the refusals are declared. */
    List<LessonSection> sectionsTeaching(String code);
}
