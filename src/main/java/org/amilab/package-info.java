/** AMI Lab: a learning platform for Amazon Machine Images and the EC2 instance lifecycle. */
@NullMarked
package org.amilab;

import org.jspecify.annotations.NullMarked;
