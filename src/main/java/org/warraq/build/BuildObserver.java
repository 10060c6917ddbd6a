package org.warraq.build;

import java.util.List;

/**
 * What a build tells the outside while it runs: each stage as it starts and ends, and the items done in
 * the stages that count them. The build itself keeps no clock and prints nothing; timings, progress bars
 * and logs are observers at the edge.
 */
public interface BuildObserver {

    /** A stage that has started; {@link #close()} ends it. {@link #advance()} may be called from any thread. */
    interface Stage extends AutoCloseable {

        void advance();

        @Override
        void close();
    }

    /**
     * @param name  what the stage does, e.g. {@code render}
     * @param items how many items it will count with {@link Stage#advance()}, 0 when it does not count
     */
    Stage begin(String name, int items);

    BuildObserver NONE = (name, items) -> new Stage() {
        @Override
        public void advance() {
        }

        @Override
        public void close() {
        }
    };

    /** Tells every one of {@code observers}, in order. */
    static BuildObserver all(List<BuildObserver> observers) {
        return (name, items) -> {
            List<Stage> stages = observers.stream().map(o -> o.begin(name, items)).toList();
            return new Stage() {
                @Override
                public void advance() {
                    stages.forEach(Stage::advance);
                }

                @Override
                public void close() {
                    for (int i = stages.size() - 1; i >= 0; i--) {
                        stages.get(i).close();
                    }
                }
            };
        };
    }
}
