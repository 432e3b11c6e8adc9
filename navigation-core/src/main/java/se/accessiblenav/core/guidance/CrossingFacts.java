package se.accessiblenav.core.guidance;

/** What a walker needs to know about one crossing, gathered over the crossing's segments. */
record CrossingFacts(
        boolean signals,
        boolean zebra,
        boolean sound,
        boolean vibration,
        boolean button,
        boolean island,
        boolean busy,
        boolean isDriveway,
        boolean unmapped,
        String kerb,
        String tactilePaving,
        String rails) {
    static CrossingFacts of(PathDetailIndex details, int first, int last) {
        boolean signals = false,
                zebra = false,
                sound = false,
                vibration = false,
                button = false,
                island = false,
                busy = false;
        boolean driveway = true;
        boolean tagged = false;
        boolean mappedArea = false;
        String kerb = "";
        String tactile = "";
        String rails = "";
        for (int s = first; s < last; s++) {
            String crossing = details.text("crossing", s);
            tagged |= !crossing.isEmpty() && !crossing.equals("missing");
            mappedArea |= details.isTrue("crossings_mapped", s);
            signals |= crossing.equals("traffic_signals");
            zebra |= crossing.equals("marked");
            sound |= details.isTrue("traffic_signals_sound", s);
            vibration |= details.isTrue("traffic_signals_vibration", s);
            button |= details.isTrue("button_operated", s);
            island |= details.isTrue("crossing_island", s);
            String crossed = details.text("crossed_road", s);
            busy |= crossed.equals("busy");
            driveway &= crossed.equals("driveway");
            kerb = higherKerb(kerb, details.text("kerb", s));
            rails = moreRails(rails, details.text("rail_crossing", s));
            String paving = details.text("tactile_paving", s);
            if (paving.equals("yes") || (paving.equals("no") && !tactile.equals("yes"))) tactile = paving;
        }
        // untagged where the map tags almost no crossings: how it is built is not known
        boolean unmapped = !tagged && !mappedArea;
        return new CrossingFacts(
                signals, zebra, sound, vibration, button, island, busy, driveway, unmapped, kerb, tactile, rails);
    }

    /** Tracks of unknown kind are said before tram tracks: they may be a railway. */
    static String moreRails(String a, String b) {
        String order = " none tram tracks";
        return order.indexOf(" " + b) > order.indexOf(" " + a) && !b.isEmpty() && !b.equals("none") ? b : a;
    }

    private static String higherKerb(String a, String b) {
        String order = " flush lowered rolled raised";
        return order.indexOf(" " + b) > order.indexOf(" " + a) && !b.isEmpty() && !b.equals("missing") ? b : a;
    }

    String[] texts(Messages m, String street) {
        String name = street.isEmpty() ? m.get("crossing.street.unknown") : street;
        String how = signals
                ? m.get(
                        sound && vibration
                                ? "crossing.at.signals.both"
                                : sound
                                        ? "crossing.at.signals.sound"
                                        : vibration ? "crossing.at.signals.vibration" : "crossing.at.signals")
                : zebra ? m.get("crossing.at.zebra") : "";
        StringBuilder more = new StringBuilder();
        if (!signals) more.append(m.get(unmapped ? "crossing.unmapped" : "crossing.unsignalled"));
        if (busy) more.append(m.get("crossing.busy"));
        if (signals && button) more.append(m.get("crossing.button"));
        if (!rails.isEmpty()) more.append(m.get("crossing.rails." + rails));
        if (island) more.append(m.get("crossing.island"));
        if (!kerb.isEmpty() && !kerb.equals("missing")) more.append(m.get("crossing.kerb." + kerb));
        if (tactilePaving.equals("yes")) more.append(m.get("crossing.tactile.yes"));
        if (tactilePaving.equals("no")) more.append(m.get("crossing.tactile.no"));
        return new String[] {m.get("crossing.short", name, how), m.get("crossing.full", name, how, more.toString())};
    }
}
