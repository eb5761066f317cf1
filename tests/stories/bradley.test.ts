import { describeShippedStory } from './shippedStory';

describeShippedStory('bradley');
