package org.convene.demo;

/**
 * The options of {@code --convene.generate=years=1,seed=42} and {@code --convene.bench=...,out=path.md}:
 * how many days of the synthetic county ({@code years=N} or {@code days=N}, one year by default),
 * its seed (42) and, for the benchmark, where the report goes ({@code out}, null when not given).
 */
record CountyOptions(int days, long seed, String out) {

    /** Parses {@code years=1,seed=42} (also {@code days=30}, {@code out=...}); unknown keys are refused. */
    static CountyOptions parse(String setting) {
        long years = 1;
        Long days = null;
        long seed = 42;
        String out = null;
        for (String part : setting.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            String key = kv[0].strip();
            String value = kv.length == 2 ? kv[1].strip() : "";
            switch (kv.length == 2 ? key : "") {
                case "years" -> years = Long.parseLong(value);
                case "days" -> days = Long.parseLong(value);
                case "seed" -> seed = Long.parseLong(value);
                case "out" -> out = value;
                default -> throw new IllegalArgumentException("Expected years=N,seed=N (or days=N), not '" + part + "'");
            }
        }
        return new CountyOptions(Math.toIntExact(days != null ? days : years * 365), seed, out);
    }
}
