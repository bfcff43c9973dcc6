/** The studio's schedule: activities (class types), rooms, teachers and class sessions. */
package io.github.aggregatorsdk.classpass.example.studio.schedule;
