package io.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** Reads the suite's server through its management model, as an administrator's CLI would. */
public final class Management {

    private final ManagementClient client;

    public Management(ManagementClient client) {
        this.client = client;
    }

    public ModelNode read(String address, String attribute) {
        ModelNode operation = operation(address, "read-attribute");
        operation.get("name").set(attribute);
        return result(operation);
    }

    public ModelNode readResource(String address) {
        return result(operation(address, "read-resource"));
    }

    public boolean hasChildren(String address, String type) {
        ModelNode operation = operation(address, "read-children-names");
        operation.get("child-type").set(type);
        return !result(operation).asList().isEmpty();
    }

    /** The {@code info} of every EJB timer of a session bean of Verdict's EJB module. */
    public List<String> timerInfos(String beanType, String beanName) {
        ModelNode operation = operation(
                "deployment=verdict.ear/subdeployment=verdict-ejb.jar/subsystem=ejb3/" + beanType + "=" + beanName
                        + "/service=timer-service",
                "read-resource");
        operation.get("include-runtime").set(true);
        operation.get("recursive").set(true);
        ModelNode timers = result(operation).get("timer");
        return timers.isDefined()
                ? timers.asPropertyList().stream()
                        .map(timer -> timer.getValue().get("info").asString())
                        .toList()
                : List.of();
    }

    public ModelNode result(ModelNode operation) {
        ModelNode response = execute(operation);
        assertThat(response.get("outcome").asString()).as(response.toString()).isEqualTo("success");
        return response.get("result");
    }

    public ModelNode execute(ModelNode operation) {
        try {
            return client.getControllerClient().execute(operation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ModelNode operation(String address, String name) {
        ModelNode operation = new ModelNode();
        ModelNode path = operation.get("address").setEmptyList();
        for (String element : address.split("/")) {
            String[] pair = element.split("=", 2);
            path.add(pair[0], pair[1]);
        }
        operation.get("operation").set(name);
        return operation;
    }
}
