package se.accessiblenav.voice.position;

import java.util.Random;
import se.accessiblenav.voice.geo.LatLon;

/**
 * A GPS receiver's error, second by second: white noise, a bias that drifts slowly (a Gauss-Markov process,
 * as multipath and atmosphere do), dropouts of a few seconds, and now and then a jump of tens of metres that
 * lasts a few seconds. Seeded, so a simulated walk can be replayed exactly.
 */
public final class GpsErrorModel {
    /**
     * @param noiseMeters the receiver's accuracy as phones report it: the radius within which 68 % of fixes fall
     *     (white and drift together; the error per axis has a standard deviation of this divided by 1.515)
     * @param driftShare the part of the variance that drifts slowly (0 = all white, 1 = all drift)
     * @param driftTimeConstantSeconds how slowly the drift changes
     * @param dropoutsPerHour how often the signal is lost
     * @param dropoutSeconds how long a dropout lasts
     * @param jumpsPerHour how often the position jumps (reflections off buildings)
     * @param jumpMeters how far a jump throws the position
     */
    public record Settings(
            double noiseMeters,
            double driftShare,
            double driftTimeConstantSeconds,
            double dropoutsPerHour,
            int dropoutSeconds,
            double jumpsPerHour,
            double jumpMeters) {
        public Settings {
            if (noiseMeters < 0 || driftShare < 0 || driftShare > 1 || driftTimeConstantSeconds <= 0)
                throw new IllegalArgumentException("Noise must be >= 0 m and the drift share between 0 and 1");
        }

        /** An ideal receiver, for tests of the guidance logic itself. */
        public static Settings perfect() {
            return new Settings(0, 0, 60, 0, 0, 0, 0);
        }

        /** Typical phone GPS in a city street: {@code noiseMeters} accuracy, a third of the variance drifting. */
        public static Settings typical(double noiseMeters) {
            return new Settings(noiseMeters, 0.36, 60, 0, 0, 0, 0);
        }
    }

    /** What the receiver reports for one second: a position and its estimated accuracy, or nothing. */
    public record Reading(LatLon position, double accuracyMeters) {}

    private final Settings settings;
    private final Random random;
    private double biasNorth;
    private double biasEast;
    private int dropoutLeft;
    private int jumpLeft;
    private double jumpNorth;
    private double jumpEast;

    public GpsErrorModel(Settings settings, long seed) {
        this.settings = settings;
        this.random = new Random(seed);
        double drift = driftSigma();
        biasNorth = drift * random.nextGaussian();
        biasEast = drift * random.nextGaussian();
    }

    /** The 68 % radius of a two-dimensional normal error is 1.515 times its standard deviation per axis. */
    static final double RADIUS_68_PER_SIGMA = 1.515;

    private double axisSigma() {
        return settings.noiseMeters() / RADIUS_68_PER_SIGMA;
    }

    private double driftSigma() {
        return axisSigma() * Math.sqrt(settings.driftShare());
    }

    private double whiteSigma() {
        return axisSigma() * Math.sqrt(1 - settings.driftShare());
    }

    /** The reading for the next second at the true position, or null during a dropout. */
    public Reading read(LatLon truth) {
        double keep = Math.exp(-1 / settings.driftTimeConstantSeconds());
        double innovation = driftSigma() * Math.sqrt(1 - keep * keep);
        biasNorth = keep * biasNorth + innovation * random.nextGaussian();
        biasEast = keep * biasEast + innovation * random.nextGaussian();
        if (dropoutLeft > 0) {
            dropoutLeft--;
            return null;
        }
        if (random.nextDouble() < settings.dropoutsPerHour() / 3600 && settings.dropoutSeconds() > 0) {
            dropoutLeft = settings.dropoutSeconds() - 1;
            return null;
        }
        if (jumpLeft == 0 && random.nextDouble() < settings.jumpsPerHour() / 3600) {
            jumpLeft = 2 + random.nextInt(3);
            double direction = random.nextDouble() * 2 * Math.PI;
            jumpNorth = settings.jumpMeters() * Math.cos(direction);
            jumpEast = settings.jumpMeters() * Math.sin(direction);
        }
        double north = biasNorth + whiteSigma() * random.nextGaussian();
        double east = biasEast + whiteSigma() * random.nextGaussian();
        if (jumpLeft > 0) {
            jumpLeft--;
            north += jumpNorth;
            east += jumpEast;
        }
        double reported = Math.max(3, settings.noiseMeters() * (0.9 + 0.2 * random.nextDouble()));
        return new Reading(truth.offsetMeters(north, east), reported);
    }
}
