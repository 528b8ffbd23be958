package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A run's items page by page through the API: after the last item seen (keyset), or from a record number on. */
class ItemPagesIT extends InvoiceRunIT {

    private long runId;

    @BeforeEach
    void aRunOfTwentyFiveRecords() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            lines.add("PAGE-" + i + ",2026-11-02,10,12345678Z,Paged");
        }
        runId = runs.awaitEnded(runs.startCsv("invoice-check", true, lines.toArray(String[]::new))
                        .getInt("id"))
                .getInt("id");
    }

    @Test
    void eachPageStartsAfterTheLastItemOfThePageBefore() {
        List<JsonObject> first = page("limit=10");
        List<JsonObject> second = page("limit=10&after=" + first.get(9).getInt("id"));

        assertThat(first).extracting(item -> item.getInt("seq")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(second).extracting(item -> item.getInt("seq")).startsWith(11).endsWith(20);
    }

    @Test
    void aPageStartsAtTheRecordAskedFor() {
        assertThat(page("limit=5&from=17"))
                .extracting(item -> item.getInt("seq"))
                .containsExactly(17, 18, 19, 20, 21);
        assertThat(page("from=1")).hasSize(25);
        assertThat(page("from=26")).as("past the last record").isEmpty();
    }

    @Test
    void aRecordNumberBelowOneOrWithAnItemIdIsRefusedSayingWhy() {
        Api.Response zero = operator.get("api/v1/runs/" + runId + "/items?from=0");
        Api.Response both = operator.get("api/v1/runs/" + runId + "/items?from=3&after=1");
        Api.Response unknownRun = operator.get("api/v1/runs/999999999/items?from=3");

        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("numbered from 1");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("not both");
        assertThat(unknownRun.status()).isEqualTo(404);
    }

    private List<JsonObject> page(String query) {
        Api.Response page = operator.get("api/v1/runs/" + runId + "/items?" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().asJsonArray().getValuesAs(JsonObject.class);
    }
}
