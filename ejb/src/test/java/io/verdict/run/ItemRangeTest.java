package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemRangeTest {

    @Test
    void rangesFollowEachOtherFromTheFirstItemAndTheLastTakesWhateverComesAfter() {
        assertThat(ItemRange.endingAt(List.of(104L, 108L, 112L)))
                .containsExactly(new ItemRange(0, 104), new ItemRange(104, 108), new ItemRange(108, Long.MAX_VALUE));
    }

    @Test
    void oneRangeHoldsTheWholeRunWhenNothingOrOneGroupIsPending() {
        assertThat(ItemRange.endingAt(List.of())).containsExactly(ItemRange.ALL);
        assertThat(ItemRange.endingAt(List.of(250L))).containsExactly(ItemRange.ALL);
    }
}
