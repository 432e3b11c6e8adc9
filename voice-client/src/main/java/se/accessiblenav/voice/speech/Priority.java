package se.accessiblenav.voice.speech;

/** How urgent an utterance is: a more urgent one is spoken first and cuts off a less urgent one being spoken. */
public enum Priority {
    /** Background: landmarks, reassurance, answers to questions. */
    INFO,
    /** Turns, crossings, steps, arrival: what the walker must hear in time. */
    GUIDANCE,
    /** Hazards, leaving the route, lost GPS. */
    URGENT;

    public boolean interrupts(Priority other) {
        return compareTo(other) > 0;
    }
}
