package io.verdict.web.robot;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.lease.WorkLeases;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import io.verdict.time.GmtDays;
import io.verdict.web.console.ConsoleMessages;
import io.verdict.web.console.ConsoleText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /console/robots.xhtml}: each robot's connection, version and licence, with the evidence of each; and,
 * for admins, assigning a licence (to a robot listed, or to the name of a machine not installed yet) or taking it
 * away. Keys are checked as the API checks them.
 */
@Named
@ViewScoped
public class RobotsView implements Serializable {

    @Inject
    transient RobotService robots;

    @Inject
    transient WorkLeases leases;

    private String robot;
    private String key;
    private LocalDate expiresOn;

    /** The robots as they are now; the page polls, so a robot that falls silent shows it within seconds. */
    public List<RobotJson> getRows() {
        return RobotJson.all(robots.roster(), leases.held());
    }

    /** Opens the licence dialog for the robot, or for a robot to name when {@code name} is null. */
    public void prepareLicence(String name) {
        robot = name;
        key = null;
        expiresOn = null;
    }

    /** Gives the robot the licence; a refusal is shown and marks the request failed, so the dialog stays open. */
    public void assignLicence() {
        try {
            LicenceRequest request = LicenceRequest.assign(key, GmtDays.start(expiresOn));
            robots.assignLicence(robot, request.key(), request.expiresAt());
            ConsoleMessages.info("robots.assigned", robot, Roster.keyHint(key), expiresOn.toString());
        } catch (InvalidRequestException | ConflictException | NotFoundException refused) {
            ConsoleMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void unassignLicence(String name) {
        try {
            robots.unassignLicence(name);
            ConsoleMessages.info("robots.unassigned", name);
        } catch (NotFoundException | InvalidRequestException refused) {
            ConsoleMessages.refused(refused);
        }
    }

    /** What the confirmation says before a robot's licence is taken away. */
    public String unassignWarning(String name) {
        return ConsoleText.of("robots.unassignMessage", name);
    }

    public String getRobot() {
        return robot;
    }

    public void setRobot(String robot) {
        this.robot = robot;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
