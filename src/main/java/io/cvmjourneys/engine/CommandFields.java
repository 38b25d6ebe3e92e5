package io.cvmjourneys.engine;

import java.lang.reflect.Field;

/**
 * Fields of Camunda's commands, which it keeps protected, read to learn what a command will do before
 * it runs. A Camunda version that renames one fails every test that starts the engine, at class load.
 */
final class CommandFields {

    static Field readable(Class<?> command, String name) {
        try {
            Field field = command.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + command.getSimpleName() + " has no field " + name, e);
        }
    }

    @SuppressWarnings("unchecked")
    static <V> V read(Field field, Object command) {
        try {
            return (V) field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field.getDeclaringClass().getSimpleName() + "." + field.getName()
                    + " cannot be read", e);
        }
    }

    private CommandFields() {
    }
}
