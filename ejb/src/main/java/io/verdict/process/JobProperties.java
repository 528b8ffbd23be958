package io.verdict.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the job-level {@code <properties>} of a job XML: a process's description and the defaults of its settings
 * live there, next to the job they describe, with no second place to maintain them.
 */
final class JobProperties {

    private JobProperties() {}

    /**
     * The job-level properties of {@code META-INF/batch-jobs/<jobName>.xml}; empty when there is no such file or the
     * job is abstract (the engine definition that process jobs inherit, not a process).
     */
    static Optional<Map<String, String>> of(String jobName, ClassLoader loader) {
        try (InputStream xml = loader.getResourceAsStream("META-INF/batch-jobs/" + jobName + ".xml")) {
            return xml == null ? Optional.empty() : read(xml);
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("Cannot read the job XML of " + jobName + ": " + e.getMessage(), e);
        }
    }

    static Optional<Map<String, String>> read(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml);
        Map<String, String> properties = new LinkedHashMap<>();
        try {
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 1 && "true".equals(reader.getAttributeValue(null, "abstract"))) {
                        return Optional.empty();
                    }
                    // job (1) > properties (2) > property (3): only the job's own properties, not a step's.
                    if (depth == 3 && "property".equals(reader.getLocalName())) {
                        properties.put(reader.getAttributeValue(null, "name"), reader.getAttributeValue(null, "value"));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return Optional.of(properties);
        } finally {
            reader.close();
        }
    }
}
