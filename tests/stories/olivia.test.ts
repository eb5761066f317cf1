import { describeShippedStory } from './shippedStory';

describeShippedStory('olivia');
