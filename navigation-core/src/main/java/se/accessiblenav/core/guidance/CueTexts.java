package se.accessiblenav.core.guidance;

/** Writes a cue's short and full text once the distance to the next cue is known. */
@FunctionalInterface
interface CueTexts {
    String[] write(Messages messages, double metersToNextCue);
}
