package se.accessiblenav.voice.position;

import java.util.Random;
import se.accessiblenav.voice.geo.LatLon;

/**
 * A GPS receiver's error, second by second: white noise, a bias that drifts slowly (a Gauss-Markov process,
 * as multipath and atmosphere do), dropouts of a few seconds, and now and then a jump of tens of metres that
 * lasts a few seconds. The receiver's speed and course come from the carrier's Doppler shift, not from
 * differences of positions, so the position's bias does not reach them: they get their own small white error.
 * Seeded, so a simulated walk can be replayed exactly.
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
     * @param velocityNoiseMetersPerSecond the error of the reported velocity, one standard deviation per axis;
     *     NaN for a receiver that reports positions only
     */
    public record Settings(
            double noiseMeters,
            double driftShare,
            double driftTimeConstantSeconds,
            double dropoutsPerHour,
            int dropoutSeconds,
            double jumpsPerHour,
            double jumpMeters,
            double velocityNoiseMetersPerSecond) {
        public Settings {
            if (noiseMeters < 0 || driftShare < 0 || driftShare > 1 || driftTimeConstantSeconds <= 0)
                throw new IllegalArgumentException("Noise must be >= 0 m and the drift share between 0 and 1");
            if (velocityNoiseMetersPerSecond < 0)
                throw new IllegalArgumentException("The velocity's error must be >= 0 m/s");
        }

        /** An ideal receiver, for tests of the guidance logic itself. */
        public static Settings perfect() {
            return new Settings(0, 0, 60, 0, 0, 0, 0, 0);
        }

        /** The same position error, with {@code metersPerSecond} of error per axis in the reported velocity. */
        public Settings withVelocityNoise(double metersPerSecond) {
            return new Settings(
                    noiseMeters,
                    driftShare,
                    driftTimeConstantSeconds,
                    dropoutsPerHour,
                    dropoutSeconds,
                    jumpsPerHour,
                    jumpMeters,
                    metersPerSecond);
        }

        /** The same error, from a receiver that reports positions only (no speed, no course), like a GPX track. */
        public Settings withoutVelocity() {
            return withVelocityNoise(Double.NaN);
        }

        /**
         * Typical phone GPS in a city street: {@code noiseMeters} accuracy, a third of the variance drifting, and
         * the velocity within {@link #TYPICAL_VELOCITY_NOISE} m/s per axis.
         */
        public static Settings typical(double noiseMeters) {
            return new Settings(noiseMeters, 0.36, 60, 0, 0, 0, 0, TYPICAL_VELOCITY_NOISE);
        }
    }

    /**
     * A phone's Doppler velocity at walking pace: a few tenths of a metre per second per axis (about 10 degrees
     * of course at 1.2 m/s).
     */
    public static final double TYPICAL_VELOCITY_NOISE = 0.2;

    /** What the receiver reports for one second: a position and its estimated accuracy, or nothing. */
    public record Reading(LatLon position, double accuracyMeters) {}

    /** A reported velocity: speed in m/s and course in degrees from north (NaN when standing still). */
    public record Velocity(double speedMetersPerSecond, double courseDegrees) {}

    private final Settings settings;
    private final Random random;
    private final Random velocityRandom;
    private double biasNorth;
    private double biasEast;
    private int dropoutLeft;
    private int jumpLeft;
    private double jumpNorth;
    private double jumpEast;

    public GpsErrorModel(Settings settings, long seed) {
        this.settings = settings;
        this.random = new Random(seed);
        this.velocityRandom = new Random(~seed);
        double drift = driftSigma();
        biasNorth = drift * random.nextGaussian();
        biasEast = drift * random.nextGaussian();
    }

    private double axisSigma() {
        return settings.noiseMeters() / Fix.RADIUS_68_PER_SIGMA;
    }

    private double driftSigma() {
        return axisSigma() * Math.sqrt(settings.driftShare());
    }

    private double whiteSigma() {
        return axisSigma() * Math.sqrt(1 - settings.driftShare());
    }

    /**
     * The velocity the receiver reports for a walker moving at {@code speedMetersPerSecond} along
     * {@code courseDegrees}; a walker standing still ({@code courseDegrees} NaN) is reported standing. Both NaN
     * from a receiver that reports positions only.
     */
    public Velocity velocity(double speedMetersPerSecond, double courseDegrees) {
        if (Double.isNaN(settings.velocityNoiseMetersPerSecond())) return new Velocity(Double.NaN, Double.NaN);
        if (Double.isNaN(courseDegrees)) return new Velocity(0, Double.NaN);
        double course = Math.toRadians(courseDegrees);
        double sigma = settings.velocityNoiseMetersPerSecond();
        double north = speedMetersPerSecond * Math.cos(course) + sigma * velocityRandom.nextGaussian();
        double east = speedMetersPerSecond * Math.sin(course) + sigma * velocityRandom.nextGaussian();
        return new Velocity(Math.hypot(north, east), (Math.toDegrees(Math.atan2(east, north)) + 360) % 360);
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
