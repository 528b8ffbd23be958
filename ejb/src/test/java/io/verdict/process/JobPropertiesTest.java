package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class JobPropertiesTest {

    @Test
    void readsTheJobLevelPropertiesInOrder() throws XMLStreamException {
        String xml = """
                <job id="invoice-check" xmlns="https://jakarta.ee/xml/ns/jakartaee" version="2.0">
                  <properties>
                    <property name="description" value="Checks invoices &amp; submits them"/>
                    <property name="keyColumn" value="InvoiceNumber"/>
                  </properties>
                  <step id="check"><batchlet ref="x"/></step>
                </job>""";

        assertThat(read(xml))
                .containsExactly(
                        Map.entry("description", "Checks invoices & submits them"),
                        Map.entry("keyColumn", "InvoiceNumber"));
    }

    @Test
    void ignoresStepProperties() throws XMLStreamException {
        String xml = """
                <job id="j" xmlns="https://jakarta.ee/xml/ns/jakartaee" version="2.0">
                  <step id="s">
                    <properties><property name="description" value="step only"/></properties>
                    <batchlet ref="x"/>
                  </step>
                </job>""";

        assertThat(read(xml)).isEmpty();
    }

    @Test
    void doesNotResolveExternalEntities() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE job [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <job id="j"><properties><property name="description" value="&secret;"/></properties></job>""";

        assertThatThrownBy(() -> read(xml)).isInstanceOf(XMLStreamException.class);
    }

    @Test
    void theAbstractEngineJobIsNoProcess() throws XMLStreamException {
        String xml = """
                <job id="record-engine" abstract="true" xmlns="https://jakarta.ee/xml/ns/jakartaee" version="2.0">
                  <properties><property name="description" value="not a process"/></properties>
                </job>""";

        assertThat(JobProperties.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void aJobThatIsNotDeployedHasNoProperties() {
        assertThat(JobProperties.of("no-such-job", getClass().getClassLoader())).isEmpty();
    }

    private static Map<String, String> read(String xml) throws XMLStreamException {
        return JobProperties.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow();
    }
}
