package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemRangeTest {

    @Test
    void pendingItemsAreSharedSoThatNoMoreRangesThanPartsAreMade() {
        assertThat(ItemRange.share(10_000, 8)).isEqualTo(1_250);
        assertThat(ItemRange.share(10, 3)).isEqualTo(4);
        assertThat(ItemRange.share(2, 8)).isEqualTo(1);
        assertThat(ItemRange.share(0, 4)).isEqualTo(1);
    }

    @Test
    void rangesFollowEachOtherFromTheFirstItemToTheLast() {
        assertThat(ItemRange.between(List.of(104L, 108L)))
                .containsExactly(new ItemRange(0, 104), new ItemRange(104, 108), new ItemRange(108, Long.MAX_VALUE));
    }

    @Test
    void withoutCutsOneRangeHoldsTheWholeRun() {
        assertThat(ItemRange.between(List.of())).containsExactly(ItemRange.ALL);
    }
}
