package com.mentorflow.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/** Plane geometry for diagram checks: how much of a straight flow segment runs inside a box. */
final class DiagramGeometry {

    /** A box of the diagram, shrunk by a pixel so that a flow touching an edge does not count as crossing it. */
    record Box(double x, double y, double width, double height) {

        static Box of(Bounds bounds) {
            return new Box(bounds.getX() + 1, bounds.getY() + 1, bounds.getWidth() - 2, bounds.getHeight() - 2);
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }
    }

    record Point(double x, double y) {

        static Point of(Waypoint waypoint) {
            return new Point(waypoint.getX(), waypoint.getY());
        }
    }

    /** The part of the segment a→b inside the box, as fractions [from, to] of the segment; null when it misses. */
    static double[] clip(Point a, Point b, Box box) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - box.x(), box.x() + box.width() - a.x(), a.y() - box.y(), box.y() + box.height() - a.y()};
        double from = 0;
        double to = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    from = Math.max(from, t);
                } else {
                    to = Math.min(to, t);
                }
            }
        }
        return from < to ? new double[] {from, to} : null;
    }

    /**
     * Length (in pixels) of the segment a→b that runs inside {@code box} but outside every {@code allowed} box.
     * The allowed boxes are the flow's own source and target: a flow leaving a boundary event passes the edge of the
     * task it sits on, and that stretch lies inside the event itself.
     */
    static double lengthInside(Point a, Point b, Box box, List<Box> allowed) {
        double[] inside = clip(a, b, box);
        if (inside == null) {
            return 0;
        }
        List<double[]> excused = new ArrayList<>();
        for (Box own : allowed) {
            double[] part = clip(a, b, own);
            if (part != null) {
                excused.add(part);
            }
        }
        excused.sort(Comparator.comparingDouble(part -> part[0]));
        double uncovered = 0;
        double cursor = inside[0];
        for (double[] part : excused) {
            if (part[0] > cursor) {
                uncovered += Math.min(part[0], inside[1]) - cursor;
            }
            cursor = Math.max(cursor, part[1]);
            if (cursor >= inside[1]) {
                break;
            }
        }
        if (cursor < inside[1]) {
            uncovered += inside[1] - cursor;
        }
        return uncovered * Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    private DiagramGeometry() {
    }
}
