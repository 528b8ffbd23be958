package io.verdict.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the human description a job XML declares as its job-level {@code description} property, so that a process
 * explains itself in the console and the API without a second place to maintain it.
 */
final class JobDescription {

    private JobDescription() {}

    /** The description declared by {@code META-INF/batch-jobs/<jobName>.xml}, if the job has one. */
    static Optional<String> of(String jobName, ClassLoader loader) {
        try (InputStream xml = loader.getResourceAsStream("META-INF/batch-jobs/" + jobName + ".xml")) {
            return xml == null ? Optional.empty() : read(xml);
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("Cannot read the job XML of " + jobName + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> read(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml);
        try {
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    // job (1) > properties (2) > property (3): only the job's own properties, not a step's.
                    if (depth == 3
                            && "property".equals(reader.getLocalName())
                            && "description".equals(reader.getAttributeValue(null, "name"))) {
                        return Optional.ofNullable(reader.getAttributeValue(null, "value"));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return Optional.empty();
        } finally {
            reader.close();
        }
    }
}
