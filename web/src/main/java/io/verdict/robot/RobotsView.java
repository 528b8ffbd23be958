package io.verdict.robot;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /console/robots.xhtml}: each robot's connection, version and licence, with the evidence of each. */
@Named
@ViewScoped
public class RobotsView implements Serializable {

    @Inject
    transient RobotService robots;

    /** The robots as they are now; the page polls, so a robot that falls silent shows it within seconds. */
    public List<RobotJson> getRows() {
        return RobotJson.all(robots.roster());
    }
}
