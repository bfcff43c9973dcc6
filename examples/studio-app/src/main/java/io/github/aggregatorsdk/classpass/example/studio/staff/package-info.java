/**
 * What the studio's staff do: the timetable page, and changes to classes and bookings made on the
 * studio's side, each of which tells ClassPass once its transaction has committed.
 */
package io.github.aggregatorsdk.classpass.example.studio.staff;
