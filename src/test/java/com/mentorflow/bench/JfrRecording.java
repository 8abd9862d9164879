package com.mentorflow.bench;

import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * -Dbench.jfr=FILE: a benchmark records its measured part with JFR's profile settings, to see where the time goes
 * (`jfr print --events jdk.ExecutionSample FILE`). Without the property it records nothing.
 */
public final class JfrRecording implements AutoCloseable {

    private final Recording recording;
    private final String what;

    private JfrRecording(Recording recording, String what) {
        this.recording = recording;
        this.what = what;
    }

    /** @param what what is recorded, for the line that says where the file is */
    public static JfrRecording start(String what) throws Exception {
        String file = System.getProperty("bench.jfr");
        if (file == null || file.isBlank()) {
            return new JfrRecording(null, what);
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(file));
        recording.start();
        return new JfrRecording(recording, what);
    }

    @Override
    public void close() {
        if (recording != null) {
            recording.stop();
            recording.close();
            System.out.printf("BENCH: JFR recording of %s in %s%n", what, System.getProperty("bench.jfr"));
        }
    }
}
